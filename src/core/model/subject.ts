/** The image a verdict is about, as every report names it. */
export interface ImageSubject {
  /** What the user gave: a reference, a daemon image name, a layout path or a report file. */
  input: string;
  /** Registry + repository, e.g. "ghcr.io/acme/app" or "docker.io/library/alpine"; stable across rebuilds. */
  repository: string;
  /** sha256:… the image was pinned to, when known. */
  digest?: string;
  /** repository@digest when pinned, otherwise the input. */
  pinned: string;
  /**
   * 'verified': the findings are known to be about this image (the gate pinned it and Trivy's report
   * names it, or a given report names the digest the image input names). 'asserted': a given report
   * is taken at its word, because nothing could confirm which image it describes.
   */
  identity: 'verified' | 'asserted';
  /**
   * An image given as a file (a Trivy report, an archive, an OCI layout folder): the file, and the image it is
   * about as the image input, the report or the archive names it (absent: nothing names it). Reports show both.
   */
  file?: SubjectFile;
  /**
   * Set only when the input is an index gated per platform: which platform this verdict is about ("linux/arm64",
   * "linux/arm/v7") and the platform manifest's digest, what was scanned. `digest` and `pinned` stay the index's.
   */
  platform?: { name: string; digest: string };
}

export interface SubjectFile {
  kind: 'report' | 'archive' | 'layout';
  path: string;
  image?: string;
}
