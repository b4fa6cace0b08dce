/** How many rows of each kind a scale generates. `medium` is a tenth of `large`. */
export interface ScaleSize {
  doctors: number;
  cities: number;
  patients: number;
  appointments: number;
  clinicalRecords: number;
  messages: number;
}

export const SCALES = {
  large: {
    doctors: 5_000,
    cities: 200,
    patients: 100_000,
    appointments: 1_000_000,
    clinicalRecords: 1_000_000,
    messages: 500_000,
  },
  medium: {
    doctors: 500,
    cities: 200,
    patients: 10_000,
    appointments: 100_000,
    clinicalRecords: 100_000,
    messages: 50_000,
  },
  /** About the size of the demo data set: for tests and the bench's demo-size comparison. */
  tiny: {
    doctors: 25,
    cities: 10,
    patients: 200,
    appointments: 2_000,
    clinicalRecords: 2_000,
    messages: 1_000,
  },
} as const satisfies Record<string, ScaleSize>;

export type ScaleName = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as ScaleName[];

export function isScaleName(value: string): value is ScaleName {
  return value in SCALES;
}
