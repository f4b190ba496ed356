/** A file to keep: what the resident uploaded, already checked, and whose journey it belongs to. */
export interface NewFile {
  /** The random id to keep it under (never made from its name). */
  id: string;
  /** The session it was uploaded in and the transaction it is for: the journey that holds it. */
  owner: { session: string; transaction: string };
  /** Its name without any folders, only for showing and delivering: never a path in any store. */
  name: string;
  /** Its type as found from its content, such as `application/pdf`. */
  type: string;
  /** Its bytes. */
  content: Uint8Array;
  /** When it was uploaded. */
  uploadedAt: Date;
}

/** A kept file's details, without its bytes. */
export interface StoredFileDetails {
  id: string;
  name: string;
  type: string;
  /** Its size in bytes. */
  size: number;
  /** The SHA-256 of its bytes, in hex, worked out when it was kept. */
  sha256: string;
  /** The submission it is kept with, once the resident has sent their answers. */
  reference?: string;
}

/** A kept file, with its bytes. */
export interface StoredFile extends StoredFileDetails {
  content: Uint8Array;
}

/**
 * Where uploaded files are kept, apart from the answers (which hold each file's details only). A file is kept for
 * the resident's journey until they send it, then with the submission for good; one never sent goes when the answers
 * that hold it are deleted. The service's default keeps files in its own database (`sqlFileStore`, used by
 * `pgliteStore` and `postgresStore`); `folderFileStore` keeps them in a folder. Everything is by id, with no
 * listing or paths, so an S3-compatible bucket can implement it too: `put` as PutObject under the id with the
 * details as metadata, `get` as GetObject, `delete` as DeleteObjects, `keepWithSubmission` as a tag or a copy under
 * the reference, and `deleteUnsent` as a lifecycle rule on untagged objects.
 */
export interface FileStore {
  /** Keeps a file; returns its details, with its SHA-256. */
  put(file: NewFile): Promise<StoredFileDetails>;
  /** A file by its id, with its bytes; undefined when there is no such file. */
  get(id: string): Promise<StoredFile | undefined>;
  /** Deletes files not yet sent with a submission (ones the resident replaced, or that a failed post left). */
  delete(ids: readonly string[]): Promise<void>;
  /**
   * Keeps files with the submission they were sent with, for good: from now on `delete` and `deleteUnsent` leave
   * them alone. Doing it again for the same reference changes nothing, so a retried submission is safe.
   */
  keepWithSubmission(reference: string, ids: readonly string[]): Promise<void>;
  /**
   * Deletes the files never sent with a submission that were uploaded before `before`. The service calls it with the
   * time before which no answers can still hold a file (a store in the service's own database also checks that no
   * answers hold them). Returns how many went.
   */
  deleteUnsent(before: Date): Promise<number>;
  /** The files kept with a submission, by reference, without their bytes. */
  listForSubmission(reference: string): Promise<StoredFileDetails[]>;
}
