import type { ImageSubject, SubjectFile } from '../../core/model/subject.js';

/** What each kind of file is called on its own line of a report. */
export const SUBJECT_FILE_LABELS: Record<SubjectFile['kind'], string> = { report: 'Report', archive: 'Archive', layout: 'OCI layout' };

/**
 * The image a verdict is about, as a report's "Image" line says it: the reference given, or for an image given
 * as a file (whose path has its own line) the image the file or the image input names, else "not named".
 */
export function subjectImage(subject: ImageSubject): string {
  if (subject.file === undefined) return subject.input;
  return subject.file.image ?? 'not named';
}

/** The image as a message names what was judged: the pinned reference, and the platform of an index ("… (linux/arm64)"). */
export function judgedImage(subject: ImageSubject): string {
  return subject.platform === undefined ? subject.pinned : `${subject.pinned} (${subject.platform.name})`;
}
