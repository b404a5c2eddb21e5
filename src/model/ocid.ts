import { createHash } from 'node:crypto';
import { slugify } from './slug.js';

/**
 * The node id of the contracting process with this OCDS `ocid`, the same on every import: the
 * ocid as a slug ("OCDS-87SD3T-AD-SF-DRM-063-2015" -> "ocds-87sd3t-ad-sf-drm-063-2015"). When
 * the slug loses more than case (other punctuation, accents, over 80 characters), two ocids could
 * share it, so a short hash of the ocid as given is appended.
 */
export function processIdOf(ocid: string): string {
  const slug = slugify(ocid);
  if (slug === ocid.toLowerCase()) return slug;
  const hash = createHash('sha256').update(ocid).digest('hex').slice(0, 8);
  return `${slug.slice(0, 80)}-${hash}`;
}
