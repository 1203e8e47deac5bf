// Imported first by the Worker, so counting is in place before any guarded
// package (some instantiate while their module is evaluated).
import { install } from './counting.js';
install();
