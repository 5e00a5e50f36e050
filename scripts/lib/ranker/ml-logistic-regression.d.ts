// Types of ml-logistic-regression (it ships none): the parts the suggestion ranker uses (train.ts).
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix'
  class LogisticRegressionTwoClasses {
    weights: Matrix
    testScores (features: Matrix): number[]
  }
  export default class LogisticRegression {
    constructor (options?: { numSteps?: number, learningRate?: number })
    classifiers: LogisticRegressionTwoClasses[]
    train (X: Matrix, Y: Matrix): void
  }
}
