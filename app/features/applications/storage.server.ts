// Where this feature's files live: the disk storage under $DATA_DIR/uploads. A scan hook
// (antivirus) can be passed here when one is configured; none is required by the programme.
import path from "node:path";
import { createDiskStorage } from "~/platform/storage/disk-storage.server";
import type { FileStorage } from "~/platform/storage/storage";

/** The attachments storage of an environment. */
export function attachmentStorage(env: { DATA_DIR: string }): FileStorage {
  return createDiskStorage({ root: path.resolve(env.DATA_DIR, "uploads") });
}
