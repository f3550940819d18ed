#ifndef SLI_CLIBXML2_SHIM_H
#define SLI_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

#endif
