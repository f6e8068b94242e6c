#pragma once
// A least-recently-used cache bounded by the summed cost (bytes) of its entries: the terrain
// tile cache keeps memory flat however far the camera travels.
#include <cstddef>
#include <list>
#include <map>
#include <optional>
#include <utility>

namespace lunar {

template <typename Key, typename Value> class TileCache {
public:
    explicit TileCache(std::size_t budget_bytes) : budget_(budget_bytes) {}

    // Inserts or replaces; evicts least recently used entries until within the budget (an
    // entry larger than the whole budget is still kept alone, so a lookup right after
    // insertion always succeeds).
    void put(const Key& key, Value value, std::size_t cost_bytes)
    {
        erase(key);
        order_.emplace_front(key, std::move(value));
        index_[key] = {order_.begin(), cost_bytes};
        used_ += cost_bytes;
        while (used_ > budget_ && order_.size() > 1)
            erase(order_.back().first);
    }

    // The value, marked as most recently used; empty if absent.
    std::optional<Value> get(const Key& key)
    {
        const auto found = index_.find(key);
        if (found == index_.end())
            return std::nullopt;
        order_.splice(order_.begin(), order_, found->second.first);
        return found->second.first->second;
    }

    bool contains(const Key& key) const { return index_.count(key) != 0; }
    std::size_t size() const { return index_.size(); }
    std::size_t usedBytes() const { return used_; }

private:
    void erase(const Key& key)
    {
        const auto found = index_.find(key);
        if (found == index_.end())
            return;
        used_ -= found->second.second;
        order_.erase(found->second.first);
        index_.erase(found);
    }

    using Order = std::list<std::pair<Key, Value>>;
    std::size_t budget_;
    std::size_t used_ = 0;
    Order order_;
    std::map<Key, std::pair<typename Order::iterator, std::size_t>> index_;
};

} // namespace lunar
