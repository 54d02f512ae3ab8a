// The sampling wrapper lives in the core now (the evaluation page uses it too); kept here for eval's imports.
export { samplingForSample, samplingOf, withSampling, type Sampling } from '../../core/evaluation/withSampling';
