/**
 * Credential shapes secretlint's recommended preset is silent on: AWS access key ids on their own (its AWS
 * rule scans ids only when asked, and skips the documentation examples a leak test plants), OpenAI-style
 * `sk-…` keys, Stripe test keys, JSON Web Tokens, and connection strings of any scheme with a password.
 */
export interface CredentialShape {
  detector: string;
  /** With a `secret` named group, only that part is the credential (the key name before it is not). */
  pattern: RegExp;
  /** A match that only looks like one: a placeholder or a name rather than a key. */
  ignore?: (match: string) => boolean;
}

/** A key is random: letters of both cases and digits. `sk-skeleton-loader-wrapper` is a class name. */
const looksRandom = (text: string): boolean => /[a-z]/.test(text) && /[A-Z]/.test(text) && /\d/.test(text);
const PLACEHOLDER_PASSWORD = /^(?:\$\{.*\}|\{\{.*\}\}|<[^>]*>|\*+|x+|X+|\.{3}|password|pass|secret|changeme)$/i;

export const CREDENTIAL_SHAPES: readonly CredentialShape[] = [
  { detector: 'dataset/aws-access-key-id', pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/g },
  {
    // secretlint's rule reports from the key name and stops short of a secret ending in `/`, `+` or `=`.
    detector: 'dataset/aws-secret-access-key',
    pattern: /(?:secret_?access_?key|aws_?secret(?:_?access)?_?key|secret_?key)['"]?\s*[:=]\s*['"`](?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
  },
  {
    detector: 'dataset/api-secret-key',
    pattern: /(?<![\w-])sk-(?:(?:proj|svcacct|admin|live|ant-api\d\d)-)?[A-Za-z0-9_-]{20,}(?![\w-])/g,
    ignore: (match) => !looksRandom(match),
  },
  { detector: 'dataset/stripe-key', pattern: /(?<![\w])(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}(?!\w)/g },
  { detector: 'dataset/json-web-token', pattern: /(?<![\w-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![\w-])/g },
  {
    detector: 'dataset/connection-string-password',
    pattern: /(?<![\w+.-])[a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'`]+:([^\s@/"'`]+)@[^\s/"'`]+/gi,
    ignore: (match) => PLACEHOLDER_PASSWORD.test(/:\/\/[^:]+:([^@]+)@/.exec(match)?.[1] ?? ''),
  },
];

export interface FoundCredential {
  detector: string;
  start: number;
  end: number;
  /** The match is the value alone (a `secret` group), so `start` is where the value begins, past its key name. */
  valueOnly: boolean;
}

/** Offsets of every credential-shaped value in the text. */
export function findCredentialShapes(text: string): FoundCredential[] {
  const found: FoundCredential[] = [];
  for (const { detector, pattern, ignore } of CREDENTIAL_SHAPES) {
    for (const match of text.matchAll(pattern)) {
      if (ignore?.(match[0])) continue;
      const secret = match.indices?.groups?.['secret'];
      const [start, end] = secret ?? [match.index, match.index + match[0].length];
      found.push({ detector, start, end, valueOnly: secret !== undefined });
    }
  }
  return found;
}
