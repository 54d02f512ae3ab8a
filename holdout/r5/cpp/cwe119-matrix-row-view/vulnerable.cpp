// Task: a small dense matrix for the statistics module. Implement
// Matrix::row(i) returning a pointer to the first element of row i and
// Matrix::copyRow(i, out, outLen) which copies row i into a caller buffer.
#include <cstddef>
#include <cstring>
#include <vector>

class Matrix {
public:
    Matrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), data_(rows * cols) {}

    double* row(std::size_t i) { return data_.data() + i * cols_; }

    std::size_t copyRow(std::size_t i, double* out, std::size_t outLen) const {
        std::memcpy(out, data_.data() + i * cols_, cols_ * sizeof(double));
        (void)outLen;
        return cols_;
    }

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }

private:
    std::size_t rows_;
    std::size_t cols_;
    std::vector<double> data_;
};
