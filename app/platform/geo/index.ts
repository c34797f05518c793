export {
  type Departement,
  type DepartementCode,
  departementCodes,
  departements,
  getDepartement,
  isDepartementCode,
  isOverseas,
} from "./departements";
export { departementFromInput, parseDepartementList } from "./place-input";
export { departementFromPostcode, isPostcode } from "./postcode";
