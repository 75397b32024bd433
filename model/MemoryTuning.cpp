#include "MemoryTuning.h"

#include <cstdlib>  // defines __GLIBC__ on glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace pod {

void keepFreedMemoryForReuse() {
#if defined(__GLIBC__)
    constexpr int kGiB = 1 << 30;
    mallopt(M_MMAP_THRESHOLD, kGiB);  // blocks up to 1 GiB from the heap, not mmap
    mallopt(M_TRIM_THRESHOLD, kGiB);  // give the heap's free top back only past 1 GiB
#endif
}

}  // namespace pod
