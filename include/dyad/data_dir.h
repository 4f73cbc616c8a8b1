// DefaultDataDir: where dyad finds its data/ when none is given.
#ifndef DYAD_DATA_DIR_H_
#define DYAD_DATA_DIR_H_

#include <string>

namespace dyad {

// $DYAD_DATA, else <prefix>/share/dyad/data next to the installed binary,
// else the source tree's data/ (a build directory), else "data".
std::string DefaultDataDir();

}  // namespace dyad

#endif  // DYAD_DATA_DIR_H_
