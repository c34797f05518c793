/** The hidden fields every admin form posts: which form it is and what it asks for. */
export function FormIdentity({ intent, formId }: { intent: string; formId: string }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="formId" value={formId} />
    </>
  );
}
