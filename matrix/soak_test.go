package matrix

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// soak: 10,000 abort/reinit cycles in one Node process
// (testdata/matrix/soak.mjs); RSS and heap stay flat and old generations are
// collected.
func soak(t *testing.T, rt runtimes, out string) {
	lines, log := run(t, 5*time.Minute, rt.dir, nil, rt.node, "--expose-gc", "soak.mjs", out+"/counter-nodejs/counter.js", "10000")
	for _, l := range lines {
		if !strings.HasPrefix(l, "SOAK ") {
			continue
		}
		var s struct {
			Ok       bool
			Failures []string
		}
		if err := json.Unmarshal([]byte(l[5:]), &s); err != nil {
			t.Fatalf("bad SOAK line: %v", err)
		}
		t.Logf("soak: %s", l[5:])
		for _, f := range s.Failures {
			t.Errorf("soak: %s", f)
		}
		return
	}
	t.Fatalf("soak printed no result\n%s", tail(log, 4000))
}
