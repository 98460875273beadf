#ifndef INTAKE_CZLIB_SHIM_H
#define INTAKE_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 and deflateInit2 are macros that pass zlib's version and the size of
// z_stream, so that a library built against another zlib refuses the call. Swift does
// not import function-like macros; these wrappers keep that check.

/// Starts raw inflate (no zlib or gzip header), as zip entries are stored.
static inline int intake_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

/// Starts raw deflate at `level` (for tests that write zip archives).
static inline int intake_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

#endif
