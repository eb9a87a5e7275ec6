/**
 * Finds personal data and secrets in text: emails outside the example domains, phone numbers that are not
 * documented samples, and anything shaped like an API key, a secret or Basic credentials.
 */
import { execFileSync } from 'node:child_process';
import { splitCallingCode } from '../lib/calling-code.ts';
import {
  ALLOWED_EMAIL_DOMAINS,
  SAMPLE_PHONE_NUMBERS,
  SAMPLE_SECRET_VALUES,
  isFakeBasicCredential,
  isFakeRazorpayKey,
} from './privacy-allow-list.ts';

export interface PrivacyFinding {
  file: string;
  line: number;
  kind: 'email' | 'phone' | 'api-key' | 'secret' | 'basic-auth';
  value: string;
}

const EMAIL = /[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})\b/g;
const PHONE_KEY =
  /\b(?:contact|mobile|mobile_number|phone|phone_number|customer_contact|beneficiary_mobile|mobile_no|msisdn)["']?\s*[:=]\s*["']?(\+?\d{10,13})(?!\d)/gi;
const INDIAN_PHONE = /(?<![\w+])\+91[\s-]?(\d{10})(?!\d)/g;
const RAZORPAY_KEY = /\brzp_(?:test|live)_[A-Za-z0-9]{10,}/g;
const SECRET_KEY = /\b[A-Za-z0-9_-]*(?:secret|password|passwd|token|api[_-]?key)["']?\s*[:=]\s*["']?([A-Za-z0-9+/_=.-]{20,})/gi;
const BASIC_AUTH = /\bBasic\s+([A-Za-z0-9+/]{12,}={0,2})/g;
/** Razorpay entity ids (`cust_`, `token_` … + 14 characters) are identifiers, not secrets. */
const ENTITY_ID = /^[a-z]+_[A-Za-z0-9]{14}$/;

function isAllowedEmailDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  return ALLOWED_EMAIL_DOMAINS.some((allowed) => lower === allowed || lower.endsWith(`.${allowed}`));
}

/**
 * A documented sample, bare or behind `91`; or, written with `+`, a sample behind any calling code, or a number no
 * assigned calling code starts: such a number reaches nobody.
 */
function isSamplePhone(raw: string): boolean {
  const digits = raw.replace(/^\+/, '');
  if (SAMPLE_PHONE_NUMBERS[digits]) return true;
  if (digits.startsWith('91') && SAMPLE_PHONE_NUMBERS[digits.slice(2)] !== undefined) return true;
  if (!raw.startsWith('+')) return false;
  const international = splitCallingCode(digits);
  return international === undefined || SAMPLE_PHONE_NUMBERS[international.number] !== undefined;
}

function looksSecret(value: string): boolean {
  return (
    /\d/.test(value) &&
    /[A-Za-z]/.test(value) &&
    !ENTITY_ID.test(value) &&
    !isFakeRazorpayKey(value) &&
    SAMPLE_SECRET_VALUES[value] === undefined &&
    !/(example|your|placeholder|xxxx)/i.test(value)
  );
}

export function scanText(file: string, text: string): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  const lines = text.split('\n');
  lines.forEach((content, index) => {
    const seen = new Set<string>();
    const add = (kind: PrivacyFinding['kind'], value: string): void => {
      const key = kind === 'phone' ? `phone ${value.replace(/\D/g, '').slice(-10)}` : `${kind} ${value}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ file, line: index + 1, kind, value });
    };
    for (const m of content.matchAll(EMAIL)) if (!isAllowedEmailDomain(m[1]!)) add('email', m[0]);
    for (const m of content.matchAll(PHONE_KEY)) if (!isSamplePhone(m[1]!)) add('phone', m[1]!);
    for (const m of content.matchAll(INDIAN_PHONE)) if (!isSamplePhone(m[1]!)) add('phone', m[0]);
    for (const m of content.matchAll(RAZORPAY_KEY)) if (!isFakeRazorpayKey(m[0])) add('api-key', m[0]);
    for (const m of content.matchAll(SECRET_KEY)) if (looksSecret(m[1]!)) add('secret', m[0]);
    for (const m of content.matchAll(BASIC_AUTH)) {
      const decoded = Buffer.from(m[1]!, 'base64').toString('latin1');
      // Only text that decodes to printable `user:password` is a credential ("Basic authentication" is prose).
      if (/^[\x20-\x7e]+:[\x20-\x7e]*$/.test(decoded) && !isFakeBasicCredential(decoded)) add('basic-auth', m[0]);
    }
  });
  return findings;
}

/** Every tracked and untracked, not ignored file of the repository (what a commit could contain). */
export function repositoryFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 })
    .split('\0')
    .filter((file) => file !== '');
}
