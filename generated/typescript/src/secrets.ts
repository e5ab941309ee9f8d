// Generated from spec/ by `python -m generator`; do not edit.
/**
 * Keeping credentials out of every text the SDK builds: error messages, raw bodies, error data,
 * log lines. A server may echo a key or a password anywhere, so each known secret value is
 * replaced wherever it appears, and the value of every credential member in JSON text too.
 */

import { SECRET_NAMES } from "./constants.js";

/** What a secret is replaced with. */
export const REDACTED = "<redacted>";

/** Shorter values are not redacted inside text (they would blank out ordinary words). */
const MIN_SECRET_LENGTH = 4;

/** `"access_token": "..."` and the like, in JSON text. */
const SECRET_MEMBER = new RegExp(
  `("(?:${[...SECRET_NAMES].join("|")})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`,
  "g",
);

/** The secret values one client knows of: its key, its session keys, its password. */
export class Secrets {
  readonly #values = new Set<string>();

  /** Remembers a value to redact from now on. */
  add(value: string | null | undefined): void {
    if (typeof value === "string" && value.length >= MIN_SECRET_LENGTH) {
      this.#values.add(value);
    }
  }

  /** `text` with every known secret value and every credential member of JSON replaced. */
  text(text: string): string {
    let out = text.replace(SECRET_MEMBER, `$1"${REDACTED}"`);
    for (const value of this.#values) {
      out = out.split(value).join(REDACTED);
      const escaped = JSON.stringify(value).slice(1, -1);
      if (escaped !== value) {
        out = out.split(escaped).join(REDACTED);
      }
    }
    return out;
  }

  /** A redacted copy of a JSON value; null when the value cannot be copied (too deep, cyclic). */
  value(value: unknown): unknown {
    try {
      const text = JSON.stringify(value);
      return text === undefined ? null : (JSON.parse(this.text(text)) as unknown);
    } catch {
      return null;
    }
  }
}

/**
 * Makes the credential members of a result (the session key of a login) non-enumerable: still
 * readable as `result.access_token`, but left out of `console.log`, `JSON.stringify` and spreads.
 */
export function hideSecrets<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    for (const name of SECRET_NAMES) {
      if (Object.hasOwn(value, name)) {
        Object.defineProperty(value, name, { enumerable: false });
      }
    }
  }
  return value;
}
