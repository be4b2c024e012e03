/** The image a verdict is about, as every report names it. */
export interface ImageSubject {
  /** What the user gave: a reference, a daemon image name, a layout path or a report file. */
  input: string;
  /** Registry + repository, e.g. "ghcr.io/acme/app" or "docker.io/library/alpine"; stable across rebuilds. */
  repository: string;
  /** sha256:… the image was pinned to, when known: for a multi-platform image, the index's (what its tag points to). */
  digest?: string;
  /** repository@digest when pinned, otherwise the input. */
  pinned: string;
  /**
   * The one platform of an index this verdict is about, when the input is an index gated per platform (each
   * platform is gated on its own, with its own verdict); absent for a single-manifest image.
   */
  platform?: SubjectPlatform;
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
}

export interface SubjectFile {
  kind: 'report' | 'archive' | 'layout';
  path: string;
  image?: string;
}

/** One platform of an index: what Trivy scanned, as `repository@digest`, and what the index lists it as. */
export interface SubjectPlatform {
  /** "linux/arm64", "linux/arm/v7": os/architecture[/variant], as the index lists it (else as its config says). */
  name: string;
  /** sha256:… of the platform's image manifest. */
  digest: string;
}
