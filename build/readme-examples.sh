#!/usr/bin/env bash
# Runs the README's example queries (build/readme-examples/*.graphql) against a running API and prints each
# response, so the README's abridged responses can be checked against the demo data.
#   build/run.sh &                                   # the API with the demo data on port 5080
#   build/readme-examples.sh [http://127.0.0.1:5080]   # Development: no key needed; elsewhere MI_API_KEY=<analyst key>
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
api="${1:-http://127.0.0.1:5080}"
for file in "$root"/build/readme-examples/*.graphql; do
  echo "== $(basename "$file")"
  node -e '
    const query = require("fs").readFileSync(process.argv[1], "utf8");
    fetch(process.argv[2] + "/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json", ...(process.env.MI_API_KEY ? { "x-api-key": process.env.MI_API_KEY } : {}) },
      body: JSON.stringify({ query }),
    })
      .then(async response => console.log(response.status, JSON.stringify(await response.json(), null, 1)))
      .catch(error => { console.error(error.message); process.exit(1); });
  ' "$file" "$api"
done
