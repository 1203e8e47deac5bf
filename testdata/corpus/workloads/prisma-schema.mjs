// @prisma/prisma-schema-wasm 8.1.0-2.59be4fda: Prisma's schema engine
// (nodejs target, wasm-bindgen 0.2.105, externref table; glue of the 0.2.84-0.2.106
// shape). Its panic hook reports the message through an import that
// reads globalThis.PRISMA_WASM_PANIC_REGISTRY (set by Prisma's CLI) before
// the panic aborts.
import { attempt } from './_util.mjs';
export const pkg = '@prisma/prisma-schema-wasm';
export const dirs = ['src'];
const SCHEMA = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  posts Post[]
}

model Post {
  id       Int  @id
  author   User @relation(fields: [authorId], references: [id])
  authorId Int
}
`;
const BAD = 'model A {\n  id Int\n  b Nope\n}\n';
const FORMAT = JSON.stringify({ textDocument: { uri: 'file:/schema.prisma' }, options: { tabSize: 2, insertSpaces: true } });
export async function run(load) {
  const P = load.require('src/prisma_schema_build.js');
  const out = {};
  const registry = { message: null, set_message(m) { this.message = m; } };
  globalThis.PRISMA_WASM_PANIC_REGISTRY = registry;
  out.format = P.format(SCHEMA.replace(/\n  /g, '\n      '), FORMAT);
  out.lint = JSON.parse(P.lint(JSON.stringify([['schema.prisma', SCHEMA]])));
  out.lintBad = JSON.parse(P.lint(JSON.stringify([['schema.prisma', BAD]])));
  out.validate = await attempt(() => P.validate(JSON.stringify({ prismaSchema: [['schema.prisma', SCHEMA]], noColor: true })));
  out.validateBad = await attempt(() => P.validate(JSON.stringify({ prismaSchema: [['schema.prisma', BAD]], noColor: true })));
  out.config = JSON.parse(P.get_config(JSON.stringify({ prismaSchema: [['schema.prisma', SCHEMA]], datasourceOverrides: {}, ignoreEnvVarErrors: true, env: {} })));
  out.dmmf = await attempt(() => JSON.parse(P.get_dmmf(JSON.stringify({ prismaSchema: [['schema.prisma', SCHEMA]], noColor: true }))).datamodel.models.map((m) => m.name));
  out.previewFeatures = Array.isArray(JSON.parse(P.preview_features()));
  // A deliberate panic: the hook records its message, then the abort.
  out.panic = await attempt(() => P.debug_panic());
  out.panicMessage = registry.message;
  out.afterPanic = P.format('model B {\n id Int @id\n}\n', FORMAT);
  delete globalThis.PRISMA_WASM_PANIC_REGISTRY;
  return out;
}
