#include <iostream>
#include <string>
#include <vector>

struct Order {
    int id;
    std::string customer;
    double total;
};

class OrderBook {
public:
    // Add an order and return a reference to the stored copy so the caller
    // can keep filling it in.
    Order& add(int id, const std::string& customer) {
        orders_.push_back(Order{id, customer, 0.0});
        return orders_.back();
    }

    const std::vector<Order>& all() const { return orders_; }

private:
    std::vector<Order> orders_;
};

int main() {
    OrderBook book;
    Order& first = book.add(1, "alice");
    Order& second = book.add(2, "bob");

    // Fill in the totals once both orders exist
    first.total = 42.50;
    second.total = 17.25;

    for (const auto& o : book.all())
        std::cout << o.id << " " << o.customer << " " << o.total << "\n";
    return 0;
}
