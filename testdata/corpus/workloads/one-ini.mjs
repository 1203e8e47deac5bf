// @one-ini/wasm 0.2.1: the EditorConfig INI parser (nodejs target, 0.2.107+
// glue, a numeric enum export), 200 KB module; about 27 million downloads a
// month (editorconfig, through js-beautify).
import { attempt } from './_util.mjs';
export const pkg = '@one-ini/wasm';
export const dirs = ['.'];

const CONFIG = `# top-most EditorConfig file
root = true

[*]
end_of_line = lf
insert_final_newline = true

[*.{js,py}]
charset = utf-8 ; inline comment

[Makefile]
indent_style = tab
`;

export async function run(load) {
  const I = load.require('one_ini.js');
  const out = {};
  out.exports = Object.keys(I)
    .filter((k) => !/Error$|^wbgGuard$|^__/.test(k))
    .sort();
  out.tokenTypes = I.TokenTypes;
  out.version = I.version();
  out.json = I.parse_to_json(CONFIG);
  out.tokens = Array.from(I.parse_to_uint32array(CONFIG));
  out.unicode = I.parse_to_json('[*.md]\nkey = välue ✓\n');
  out.empty = I.parse_to_json('');
  out.garbage = await attempt(() => I.parse_to_json('[unterminated\n= =\n\0\0'));
  out.notString = await attempt(() => I.parse_to_json(42));
  return out;
}
