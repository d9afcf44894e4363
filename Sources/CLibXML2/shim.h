#ifndef CORRIDOR_CLIBXML2_SHIM_H
#define CORRIDOR_CLIBXML2_SHIM_H

// The toolchain's Foundation ships its own ICU; Debian's libxml2 headers would pull in the
// system ICU's `UErrorCode` and clash with it in every module importing both. libxml2's public
// API needs none of ICU, so the flag is dropped before the other headers see it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>
#include <libxml/xmlerror.h>

// `xmlFree` is a global function pointer, which Swift 6 rejects as shared mutable state.
static inline void corridor_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
