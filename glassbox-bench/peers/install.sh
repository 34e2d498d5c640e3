#!/usr/bin/env bash
# Installs the peers the side-by-side benchmarks run against (./bench pm4py, ./bench rqca).
# Nothing of them is committed: they live in PEERS (default: ../peers beside the repository).
#
# Fetch first (this script does not download sources):
#   pm4py 2.7.11.4, the release tag of its public source repository (pm4py/pm4py-core, now
#     process-intelligence-solutions/pm4py): its pm4py/ package folder into  $PEERS/pm4py/pm4py/
#   R QCA 3.23 (dusadrian/QCA, the commit "CRAN version 3.23") and the releases of its
#     dependencies of that time, admisc 0.37, declared 0.25, venn 1.12 (dusadrian/admisc,
#     dusadrian/declared, dusadrian/venn), each package's source tree into  $PEERS/src/NAME/
# Then run this script as root: Debian's python3 and R with Debian's packages, pm4py importable
# through PYTHONPATH (not pip), the R packages built from their sources into $PEERS/R.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
peers="${PEERS:-$home/../peers}"
apt-get update -q
DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
  python3-pandas python3-numpy python3-lxml python3-networkx python3-scipy python3-dateutil python3-tz \
  python3-deprecation python3-tqdm python3-intervaltree python3-matplotlib python3-pydotplus python3-graphviz \
  r-base-core r-base-dev r-cran-shiny r-cran-lpsolve
[ -f "$peers/pm4py/pm4py/__init__.py" ] || { echo "install.sh: fetch pm4py's source into $peers/pm4py first (see above)" >&2; exit 1; }
PYTHONPATH="$peers/pm4py" /usr/bin/python3 -c 'import pm4py; print("pm4py", pm4py.__version__, "imports")'
mkdir -p "$peers/R"
for p in admisc declared venn QCA; do
  [ -f "$peers/src/$p/DESCRIPTION" ] || { echo "install.sh: fetch $p's source into $peers/src/$p first (see above)" >&2; exit 1; }
  R CMD INSTALL --no-docs --no-html --library="$peers/R" "$peers/src/$p"
done
R_LIBS="$peers/R" Rscript -e 'cat("R QCA", format(packageVersion("QCA")), "loads\n")'
