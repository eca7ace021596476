// temporary
import type { FittedModel } from "./model";
import { DISTRESS_MODEL } from "./model-weights";

export const ENCODER_MODEL: FittedModel = { ...DISTRESS_MODEL, encoder: { languages: [], weights: "" } };
