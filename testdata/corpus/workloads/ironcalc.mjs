// @ironcalc/wasm 0.8.4: the IronCalc spreadsheet engine (web target, glue
// importing an inline snippet for time zones), 2 MB module.
//
// A formula nested 50,000 parentheses deep runs Rust's stack (in linear
// memory) out of its region while it is parsed: a trap. The original's
// instance never recovers: a new workbook made after it fails with "memory
// access out of bounds" too. The guarded copy reports the abort, refuses
// the dead workbook, and makes the new one on a fresh instance (afterAbort,
// see _util.mjs).
import { attempt, afterAbort } from './_util.mjs';
export const pkg = '@ironcalc/wasm';
export const dirs = ['.'];
function sheet(M, name, cells) {
  const model = new M.Model(name, 'en', 'UTC', 'en');
  for (const [row, col, input] of cells) model.setUserInput(0, row, col, input);
  model.evaluate();
  return model;
}
export async function run(load) {
  const M = await load('wasm.js');
  M.initSync({ module: load.bytes('wasm_bg.wasm') });
  const out = {};
  const model = sheet(M, 'book', [[1, 1, '=1+2'], [2, 1, '=A1*10'], [3, 1, '=SUM(A1:A2)'], [4, 1, '=A4'], [5, 1, 'text'], [6, 1, '=UPPER(A5)&"!"']]);
  out.constructor = [model.constructor === M.Model, model.constructor.name];
  out.values = [1, 2, 3, 4, 5, 6].map((r) => model.getFormattedCellValue(0, r, 1));
  out.content = model.getCellContent(0, 2, 1);
  out.type = model.getCellType(0, 5, 1);
  out.columns = [M.columnNameFromNumber(28), M.columnNumberFromName('AB')];
  out.timezones = M.getAllTimezones().length;
  out.bytes = model.toBytes().length > 0;
  // Errors returned by Rust.
  out.badSheet = await attempt(() => model.getFormattedCellValue(99, 1, 1));
  out.badColumn = await attempt(() => M.columnNameFromNumber(0));
  out.badLocale = await attempt(() => new M.Model('x', 'xx', 'UTC', 'en'));
  out.badTimezone = await attempt(() => new M.Model('x', 'en', 'Nowhere/X', 'en'));
  const expected = sheet(M, 'fresh', [[1, 1, '=2*3']]).getFormattedCellValue(0, 1, 1);
  // The trap, then: the workbook it happened in is unusable in both (the
  // original's is left borrowed, the guarded copy refuses it as stale), and
  // a new workbook.
  out.deep = await attempt(() => model.setUserInput(0, 7, 1, '=' + '('.repeat(50000) + '1' + ')'.repeat(50000)));
  out.sameBookThrows = (await attempt(() => model.getFormattedCellValue(0, 2, 1))).error !== undefined;
  out.newBook = await afterAbort(() => sheet(M, 'fresh', [[1, 1, '=2*3']]).getFormattedCellValue(0, 1, 1), expected);
  return out;
}
