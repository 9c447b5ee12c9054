// Runs graphql-http's GraphQL-over-HTTP server audits against a URL and prints one JSON line:
// [{ "name": "...", "status": "ok" | "warn" | "error", "reason": "..." }, ...]
// Usage: node graphql-http-audit.mjs <url>
import { auditServer } from 'graphql-http';

const results = await auditServer({ url: process.argv[2] });
process.stdout.write(JSON.stringify(results.map(({ name, status, reason }) => ({ name, status, reason: reason ?? null }))));
