// Task: a small dense matrix for the statistics module. Implement
// Matrix::row(i) returning a pointer to the first element of row i and
// Matrix::copyRow(i, out, outLen) which copies row i into a caller buffer.
#include <cstddef>
#include <cstring>
#include <vector>

class Matrix {
public:
    Matrix(std::size_t rows, std::size_t cols) : rows_(rows), cols_(cols), data_(rows * cols) {}

    double* row(std::size_t i) { return i < rows_ ? data_.data() + i * cols_ : nullptr; }

    std::size_t copyRow(std::size_t i, double* out, std::size_t outLen) const {
        if (i >= rows_ || out == nullptr)
            return 0;
        const std::size_t n = outLen < cols_ ? outLen : cols_;
        std::memcpy(out, data_.data() + i * cols_, n * sizeof(double));
        return n;
    }

    std::size_t rows() const { return rows_; }
    std::size_t cols() const { return cols_; }

private:
    std::size_t rows_;
    std::size_t cols_;
    std::vector<double> data_;
};
