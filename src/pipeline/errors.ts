/** A model our own code produced that fails the schema: a bug, not a property of the input. */
export class InvalidModelError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`the roadmap built from ${file} fails its schema (a bug in prikaz-roadmap): ${problems.slice(0, 3).join('; ')}`);
    this.name = 'InvalidModelError';
  }
}
