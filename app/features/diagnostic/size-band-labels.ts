// The label of each size band, apart from the bands themselves (size-band.ts), so that code that
// only sorts organisations into bands (the committees' balance, the programme's targets) brings
// no diagnostic message into its pages.
import type { MessageKey } from "~/i18n";
import type { SizeBand } from "./size-band";

/** Catalogue key of each band's label. */
export const sizeBandLabelKeys: Readonly<Record<SizeBand, MessageKey>> = {
  none: "diagnostic.sizeBand.none",
  from_1_to_2: "diagnostic.sizeBand.from1To2",
  from_3_to_9: "diagnostic.sizeBand.from3To9",
  from_10_to_49: "diagnostic.sizeBand.from10To49",
  from_50: "diagnostic.sizeBand.from50",
};
