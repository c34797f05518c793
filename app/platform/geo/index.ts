export {
  type Departement,
  type DepartementCode,
  departementCodes,
  departements,
  getDepartement,
  isDepartementCode,
  isOverseas,
} from "./departements";
export { departementFromPostcode, isPostcode } from "./postcode";
