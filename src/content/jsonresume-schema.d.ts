/** The official JSON Resume schema package (plain JavaScript): its validator, used in tests. */
declare module '@jsonresume/schema' {
  export function validate(
    document: unknown,
    callback: (errors: unknown[] | null, valid: boolean) => void,
  ): void;
  export const schema: Record<string, unknown>;
}
