package glue

import (
	"encoding/json"
	"testing"
)

// Every marker has a row with a name of its own: a marker added to the
// constants without one would print and serialise as nothing.
func TestMarkerTableNamesEveryMarker(t *testing.T) {
	seen := map[string]Marker{}
	for m := Marker(0); m < markerCount; m++ {
		name := markerTable[m].name
		if name == "" {
			t.Errorf("marker %d has no name in markerTable", m)
		}
		if prev, dup := seen[name]; dup {
			t.Errorf("markers %d and %d are both named %q", prev, m, name)
		}
		seen[name] = m
	}
}

func TestMarkersJSONAndString(t *testing.T) {
	var k Markers
	k.set(MarkWbgPtr, true)
	k.set(MarkResetState, true)
	k.set(MarkThisPtr, false)
	b, err := json.Marshal(struct {
		M Markers `json:"markers"`
	}{k})
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != `{"markers":{"wbgPtr":true,"resetState":true}}` {
		t.Errorf("JSON %s", b)
	}
	if k.String() != "{wbgPtr resetState}" || !k.Has(MarkWbgPtr) || k.Has(MarkThisPtr) {
		t.Errorf("String %s", k)
	}
}
