#!/usr/bin/env bash
# Refresh the vendored DSFR Chart (@gouvfr/dsfr-chart, MIT) from the npm registry: its built bundle of every chart
# (dist/DSFRChart: web components that read their data from attributes, so pages need no inline script).
#   static/vendor/refresh_dsfr_chart.sh [version]      (default: the version in static/vendor/dsfr-chart/VERSION)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/dsfr-chart"
version="${1:-$(cat "$target/VERSION")}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@gouvfr/dsfr-chart@$version" >/dev/null && tar xzf ./*.tgz)
license="$(node -p "require('$work/package/package.json').license")"
[ "$license" = "MIT" ] || { echo "Licence inattendue : $license" >&2; exit 1; }
mkdir -p "$target"
cp "$work/package/dist/DSFRChart/DSFRChart.js" "$work/package/dist/DSFRChart/DSFRChart.css" "$target/"
echo "$version" > "$target/VERSION"
sha="$(sha256sum "$work"/*.tgz | cut -d' ' -f1)"
cat > "$target/SOURCE.md" <<MD
# DSFR Chart $version

- npm package \`@gouvfr/dsfr-chart@$version\` (https://github.com/GouvernementFR/dsfr-chart), licence **$license**
  (Service d'Information du Gouvernement).
- Tarball sha256 \`$sha\`.
- Files copied unchanged from \`dist/DSFRChart/\`: \`DSFRChart.js\` (ES module, every chart: \`bar-chart\`,
  \`line-chart\`...) and \`DSFRChart.css\`.
- Refresh: \`static/vendor/refresh_dsfr_chart.sh [version]\` (needs npm); then check the diagnostic's comparison page.
MD
echo "DSFR Chart $version → $target"
