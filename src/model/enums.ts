/** Controlled vocabularies of the input contract (values are Dutch, as the analyst writes them). */
export const LEGAL_FORMS = ['WGR', 'PRIVAAT', 'OVERIG'] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

export const TYPOLOGIES = ['BESTUURLIJK', 'ECONOMISCH', 'LANDSCHAPPELIJK'] as const;
export type Typology = (typeof TYPOLOGIES)[number];

export const LIFE_PHASES = ['STARTUP', 'ONTMOETINGSPLEK', 'DRAAIEND_SYSTEEM'] as const;
export type LifePhase = (typeof LIFE_PHASES)[number];

export const GOAL_CLASSES = ['LOCATIE', 'LOBBY', 'PROCES', 'ABSTRACT'] as const;
export type GoalClass = (typeof GOAL_CLASSES)[number];

export const STEERING_TYPES = ['REGIE_RUIMTEBESLAG', 'THEMATISCHE_FOCUS'] as const;
export type SteeringType = (typeof STEERING_TYPES)[number];

/** National divisions known to the product; the input may carry others (kept as free strings). */
export const KNOWN_DIVISIONS = ['RES', 'NOVEX', 'NATIONAAL_PARK', 'DELTA', 'REGIO_DEAL', 'NOTA_RUIMTE', 'WOONDEAL'] as const;
