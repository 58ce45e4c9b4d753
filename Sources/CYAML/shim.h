// libyaml (Debian's libyaml-dev). No `link` in the module map: YAMLReader links the static
// archive by name (Package.swift), so the release binary needs no libyaml on the user's machine.
#include <yaml.h>
