/**
 * The few node-forge modules prehash.ts imports (RSA-PSS's encoding check and its hashes), typed as far as it uses
 * them. node-forge passes bytes as binary strings (one char per byte).
 */
declare module 'node-forge/lib/sha256.js' {
  const sha256: { create(): { digestLength: number } };
  export default sha256;
}

declare module 'node-forge/lib/sha512.js' {
  const sha512: { create(): { digestLength: number }; sha384: { create(): { digestLength: number } } };
  export default sha512;
}

declare module 'node-forge/lib/mgf1.js' {
  const mgf1: { create(md: { digestLength: number }): { generate(seed: string, maskLength: number): string } };
  export default mgf1;
}

declare module 'node-forge/lib/pss.js' {
  interface PssScheme {
    /** EMSA-PSS-VERIFY (RFC 8017 §9.1.2): throws on an inconsistent encoding, false on a hash mismatch. */
    verify(digest: string, encodedMessage: string, modulusBits: number): boolean;
  }
  const pss: {
    create(options: { md: { digestLength: number }; mgf: { generate(seed: string, maskLength: number): string }; saltLength: number }): PssScheme;
  };
  export default pss;
}
