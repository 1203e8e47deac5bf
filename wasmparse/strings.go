package wasmparse

import "strconv"

var sectionNames = [...]string{
	SectionCustom:    "custom",
	SectionType:      "type",
	SectionImport:    "import",
	SectionFunction:  "function",
	SectionTable:     "table",
	SectionMemory:    "memory",
	SectionGlobal:    "global",
	SectionExport:    "export",
	SectionStart:     "start",
	SectionElement:   "element",
	SectionCode:      "code",
	SectionData:      "data",
	SectionDataCount: "datacount",
	SectionTag:       "tag",
}

// String returns the section's name as used in FormatError.Section.
func (id SectionID) String() string {
	if int(id) < len(sectionNames) {
		return sectionNames[id]
	}
	return "SectionID(" + strconv.Itoa(int(id)) + ")"
}

// String returns func, table, memory, global or tag.
func (k ExternalKind) String() string {
	switch k {
	case KindFunc:
		return "func"
	case KindTable:
		return "table"
	case KindMemory:
		return "memory"
	case KindGlobal:
		return "global"
	case KindTag:
		return "tag"
	}
	return "ExternalKind(0x" + strconv.FormatUint(uint64(k), 16) + ")"
}

// String returns none, legacy, exnref, legacy+exnref or throw-only.
func (d EHDialect) String() string {
	switch d {
	case EHNone:
		return "none"
	case EHLegacy:
		return "legacy"
	case EHExnref:
		return "exnref"
	case EHLegacy | EHExnref:
		return "legacy+exnref"
	case EHThrowOnly:
		return "throw-only"
	}
	return "EHDialect(0x" + strconv.FormatUint(uint64(d), 16) + ")"
}

// String returns active, passive or declarative.
func (m ElementMode) String() string {
	switch m {
	case ElementActive:
		return "active"
	case ElementPassive:
		return "passive"
	case ElementDeclarative:
		return "declarative"
	}
	return "ElementMode(" + strconv.Itoa(int(m)) + ")"
}

// String returns active or passive.
func (m DataMode) String() string {
	switch m {
	case DataActive:
		return "active"
	case DataPassive:
		return "passive"
	}
	return "DataMode(" + strconv.Itoa(int(m)) + ")"
}
