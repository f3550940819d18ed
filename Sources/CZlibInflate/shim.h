#ifndef SLI_CZLIBINFLATE_SHIM_H
#define SLI_CZLIBINFLATE_SHIM_H

/* zlib's inflate and crc32, which the zip reader calls directly on the package's bytes. */
#include <zlib.h>

#endif
