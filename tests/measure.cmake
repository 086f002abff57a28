# Tests of the measure module.
