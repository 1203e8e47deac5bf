# The wasm-bindgen versions of the fixtures (sourced by regen and
# install-tools). Each has a directory vVERSION/ with Cargo.toml + Cargo.lock.
WBG_VERSIONS=(0.2.130 0.2.125 0.2.110 0.2.104)
# The version that builds examples/counter.
WBG_EXAMPLE_VERSION=0.2.130
