#ifndef CORRIDOR_CZLIB_SHIM_H
#define CORRIDOR_CZLIB_SHIM_H

#include <zlib.h>

// `inflateInit2` is a macro Swift cannot call; this wrapper passes the version and struct size.
static inline int corridor_inflateInitGzip(z_streamp stream) {
    // 15 window bits + 32: accept both gzip and zlib headers.
    return inflateInit2(stream, 15 + 32);
}

#endif
