// @ts-check
/**
 * Reading an `x-error-messages` text backwards: whether a vendor's error text is a template with its placeholders
 * (`{property}`, `{value}`, `{unprefixed}`, `{limit}`; vendor-messages.ts fills them) filled in some way. Plain
 * JavaScript, so that the API modules, which the build runs in plain Node, can use it.
 */

const PLACEHOLDER = /\{(?:property|value|unprefixed|limit)\}/;

/** @param {string} part */
const literal = (part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `text` is `template` filled in: `LQPd9lomgwDE5Fs is not a valid id` is `{unprefixed} is not a valid id`.
 * @param {string} text
 * @param {string} template
 */
export function matchesTemplate(text, template) {
  return new RegExp(`^${template.split(PLACEHOLDER).map(literal).join('.+')}$`, 's').test(text);
}
