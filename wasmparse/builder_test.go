package wasmparse

// A minimal module builder for tests that need byte-exact inputs: malformed
// modules, and constructs wat2wasm (wabt 1.0.37) cannot write, such as typed
// function references, GC instructions and every element encoding.

type mod struct{ b []byte }

func newMod() *mod { return &mod{b: []byte("\x00asm\x01\x00\x00\x00")} }

// section appends a section with the given payload and returns the module.
func (m *mod) section(id byte, payload ...[]byte) *mod {
	var p []byte
	for _, x := range payload {
		p = append(p, x...)
	}
	m.b = append(m.b, id)
	m.b = append(m.b, uleb(uint64(len(p)))...)
	m.b = append(m.b, p...)
	return m
}

func (m *mod) bytes() []byte { return m.b }

func uleb(v uint64) []byte {
	var out []byte
	for {
		c := byte(v & 0x7F)
		v >>= 7
		if v != 0 {
			out = append(out, c|0x80)
			continue
		}
		return append(out, c)
	}
}

func sleb(v int64) []byte {
	var out []byte
	for {
		c := byte(v & 0x7F)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(out, c)
		}
		out = append(out, c|0x80)
	}
}

func str(s string) []byte { return append(uleb(uint64(len(s))), s...) }

func cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// vec prefixes the items with their count.
func vec(items ...[]byte) []byte { return cat(uleb(uint64(len(items))), cat(items...)) }

func bs(b ...byte) []byte { return b }

// body wraps locals and instructions in a sized function body; the final
// end is not added.
func body(locals []byte, code ...byte) []byte {
	p := cat(locals, code)
	return cat(uleb(uint64(len(p))), p)
}

// funcModule builds a module with one function of type () -> () whose body
// is the given instructions (which must include the final end), plus the
// given extra types.
func funcModule(locals []byte, code ...byte) []byte {
	return newMod().
		section(1, vec(bs(0x60, 0, 0))).
		section(3, vec(bs(0))).
		section(10, vec(body(locals, code...))).
		bytes()
}
