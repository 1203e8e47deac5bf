#!/bin/sh
# trunk's post_build hook: guard the files trunk staged ($TRUNK_STAGING_DIR:
# index.html, <crate>-<hash>.js, <crate>-<hash>_bg.wasm) and put the guarded
# copy in their place. wbg-guard copies every other file (index.html) as it
# is, so the staging directory is replaced as a whole.
set -eu
out="$TRUNK_STAGING_DIR.wbg-guard"
"${WBG_GUARD:-wbg-guard}" build "$TRUNK_STAGING_DIR" --out-dir "$out"
rm -rf "$TRUNK_STAGING_DIR"
mv "$out" "$TRUNK_STAGING_DIR"
