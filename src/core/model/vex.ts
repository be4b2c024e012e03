/**
 * VEX statements ("this vulnerability does not affect this product, because…") as the VEX adapter hands
 * them over: one per statement of an OpenVEX document, its products as package URLs. Every text here was
 * written by whoever wrote the document: untrusted, shown only through the reports' neutralising seam.
 */

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation';

export interface VexProduct {
  /** The product's package URL (its @id or identifiers.purl); absent when it names none. */
  purl?: string;
  /** Package URLs of the product's subcomponents: for an image product (pkg:oci/…), the packages in it. */
  subcomponents: string[];
}

export interface VexStatement {
  /** The vulnerability's name (CVE-…, GHSA-…) and its aliases, any of which may match a finding's ID. */
  vulnerability: { name: string; aliases: string[] };
  products: VexProduct[];
  status: VexStatus;
  justification?: string;
  impactStatement?: string;
  /** The statement's author, else the document's. */
  author: string;
  /** The file the statement was read from, as the user named it. */
  document: string;
  /** The statement's timestamp, else the document's (ISO 8601): a later statement overrides an earlier one. */
  timestamp?: string;
}

/** What a VEX statement says about the finding it matched: kept on the finding, shown by the reports. */
export interface VexSuppression {
  status: VexStatus;
  justification?: string;
  impactStatement?: string;
  author: string;
  document: string;
}

/** The image being judged, as an image product (pkg:oci/NAME@DIGEST) of a VEX statement names it. */
export interface VexImage {
  /** Registry + repository, e.g. "ghcr.io/acme/app". */
  repository: string;
  /** The digests the image is known by: the pinned one (an index's) and its platform's. */
  digests: string[];
}
