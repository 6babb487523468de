/**
 * `@kampung-kb/regions`: the official Kemendagri region list, split by province.
 *
 * @packageDocumentation
 */
export {};
