/** Counting byte limits on streams: used for uploads before and while they are stored. */
import { StorageError } from "./storage";

/**
 * A pass-through web stream that errors with StorageError("too_large") as soon as more than
 * `maxBytes` went through it, so an oversized body is never read to its end; `onExceeded` is
 * called first (consumers that wrap the error, like `Request.formData()`, lose its code).
 */
export function limitBytes(
  maxBytes: number,
  onExceeded?: () => void,
): TransformStream<Uint8Array, Uint8Array> {
  let seen = 0;
  return new TransformStream({
    transform(chunk, controller) {
      seen += chunk.byteLength;
      if (seen > maxBytes) {
        onExceeded?.();
        controller.error(new StorageError("too_large", `more than ${maxBytes} bytes`));
        return;
      }
      controller.enqueue(chunk);
    },
  });
}
