#ifndef SLI_CLIBXML2_SHIM_H
#define SLI_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* libxml2's ICU support pulls the system ICU headers into this module, which clash with the copy of ICU
   that Foundation ships. sli never touches the ICU converter structures (encodings are libxml2's
   business), so the headers are read as if libxml2 had been built without ICU. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <libxml/dict.h>

#endif
